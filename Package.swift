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
        // A QR code encoder (byte mode, versions 1 to 40, levels L, M, Q, H) and its drawing as
        // terminal text. Pure Swift without Foundation, so it links into the static binary.
        .target(name: "QRCode"),
        // Pure Swift without system calls: the guide, the walkthrough state machine, its session and save
        // policy, the progress format, forms, reports. The disk, the lock, the editor and the clock come in
        // as protocols and values.
        .target(name: "OptOutCore"),
        // The system calls: files, the progress store and its lock, the member's editor, the clock and the
        // environment. The one place that imports the C library (re-exported for the targets above it).
        .target(name: "OptOutSystem", dependencies: ["OptOutCore", "CTerminalSignals"]),
        // The printable HTML handout of the guide and the HTML receipt: self-contained pages with QR codes.
        .target(name: "OptOutHTML", dependencies: ["OptOutCore", "QRCode"]),
        // The line-by-line front end (accessible, scriptable).
        .target(name: "OptOutPlain", dependencies: ["OptOutCore", "OptOutSystem", "QRCode"]),
        // ncursesw, for the full-screen backend only.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        // Signal handlers and their state (one definition of each flag), the self-pipe, the crash handler
        // and running a program in the terminal's foreground: a real C target, so every build has one copy.
        .target(name: "CTerminalSignals"),
        // The full-screen front end: a pure view into a cell grid, key decoding, and a thin ncurses backend.
        .target(name: "OptOutTUI", dependencies: ["OptOutCore", "OptOutSystem", "QRCode", "CNCurses", "CTerminalSignals"]),
        // Thin executable: argument parsing and wiring.
        .executableTarget(
            name: "optout",
            dependencies: [
                "OptOutCore",
                "OptOutSystem",
                "OptOutHTML",
                "OptOutPlain",
                "OptOutTUI",
                "QRCode",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // In-process figures for the benchmark (Benchmarks/run.py): save latency and rendering at scale.
        .executableTarget(name: "optout-bench", dependencies: ["OptOutCore", "OptOutSystem", "OptOutTUI", "QRCode"]),
        // What the test targets share: running the binary (built or installed), tmux panes, golden files.
        .target(name: "OptOutTestSupport", dependencies: ["OptOutCore", "OptOutSystem"], path: "Tests/Support"),
        .testTarget(name: "OptOutCoreTests", dependencies: ["OptOutCore", "OptOutTestSupport"], exclude: ["Goldens"]),
        // The system target against real files, folders, locks and editors.
        .testTarget(name: "OptOutSystemTests", dependencies: ["OptOutSystem", "OptOutCore", "OptOutTestSupport"]),
        // The encoder against libqrencode (the qrencode command) and its drawings against zbarimg.
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "OptOutCore", "OptOutTestSupport"]),
        .testTarget(name: "OptOutPlainTests", dependencies: ["OptOutPlain", "OptOutCore", "QRCode", "OptOutTestSupport"],
            exclude: ["Goldens"]),
        .testTarget(
            name: "OptOutTUITests", dependencies: ["OptOutTUI", "OptOutPlain", "OptOutCore", "CTerminalSignals", "optout", "OptOutTestSupport"],
            exclude: ["Goldens"]),
        // Runs the built binary as a person or a script would (and checks the fast path's defaults in-process).
        .testTarget(
            name: "EndToEndTests", dependencies: ["optout", "OptOutCore", "OptOutTestSupport"],
            exclude: ["Goldens", "Fixtures"]),
        // The HTML pages in-process: escaping, hostile guides, region notes, goldens.
        .testTarget(
            name: "OptOutHTMLTests", dependencies: ["OptOutHTML", "OptOutCore", "QRCode", "OptOutTestSupport"],
            exclude: ["Goldens", "Fixtures"]),
        // The HTML pages in headless Chromium (a Python script beside the tests drives it with selenium): QR codes
        // read back from screenshots and printed pages, axe-core, an HTML5 parser, widths and print.
        .testTarget(
            name: "BrowserTests", dependencies: ["optout", "OptOutCore", "OptOutTestSupport"],
            exclude: ["browser_check.py"]),
        // Crash consistency, write failures, hostile input, no network: the reliability promises.
        .testTarget(
            name: "ReliabilityTests", dependencies: ["optout", "OptOutCore", "OptOutPlain", "OptOutTestSupport"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
