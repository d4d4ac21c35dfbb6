// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "optout",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "optout", targets: ["optout"]),
        .library(name: "OptOutCore", targets: ["OptOutCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure Swift: guide, walkthrough state machine, progress store, summary. No terminal code.
        .target(name: "OptOutCore"),
        // The line-by-line front end (accessible, scriptable).
        .target(name: "OptOutPlain", dependencies: ["OptOutCore"]),
        // Thin executable: argument parsing and wiring.
        .executableTarget(
            name: "optout",
            dependencies: [
                "OptOutCore",
                "OptOutPlain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OptOutCoreTests", dependencies: ["OptOutCore"]),
        .testTarget(name: "OptOutPlainTests", dependencies: ["OptOutPlain", "OptOutCore"]),
        // Runs the built binary as a person or a script would.
        .testTarget(name: "EndToEndTests", dependencies: ["optout", "OptOutCore"]),
    ],
    swiftLanguageModes: [.v6]
)
