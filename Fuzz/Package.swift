// swift-tools-version:5.4
// libFuzzer targets for optout's parsers and text sanitizer. A separate package because SwiftPM
// links `-sanitize=fuzzer` executables only at tools-version 5.4 (newer versions rename the entry
// point). OptOutCore is compiled here from the main package's sources through a symbolic link
// (Sources/OptOutCore -> ../../Sources/OptOutCore), so this package needs no dependency resolution.
// Build and run with ./run.sh [seconds].
import PackageDescription

let package = Package(
    name: "OptOutFuzz",
    targets: [
        // The main package builds OptOutCore in the Swift 6 language mode; so does this one.
        .target(name: "OptOutCore", path: "Sources/OptOutCore", swiftSettings: [.unsafeFlags(["-swift-version", "6"])]),
        .executableTarget(name: "FuzzProgress", dependencies: ["OptOutCore"]),
        .executableTarget(name: "FuzzGuide", dependencies: ["OptOutCore"]),
        .executableTarget(name: "FuzzSanitize", dependencies: ["OptOutCore"]),
    ]
)
