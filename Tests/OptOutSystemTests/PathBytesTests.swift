import Foundation
import OptOutTestSupport
import Testing
@testable import OptOutCore
@testable import OptOutSystem

@Suite("Path bytes")
struct PathBytesTests {
    /// Byte strings that are not UTF-8, or hold the scalars that stand for such bytes.
    static let samples: [[UInt8]] = [
        Array("plain/ascii.json".utf8),
        Array("Données/é.json".utf8),
        [0x6C, 0x61, 0x74, 0xE9, 0x2E, 0x6A],  // Latin-1 "laté.j"
        [0xFF, 0xFE, 0x2F, 0x80, 0xC0, 0xAF],  // stray bytes, an overlong slash
        [0xED, 0xA0, 0x80],  // an encoded surrogate
        [0xF4, 0x8F, 0xBE, 0x80],  // U+10FF80 itself, the first stand-in scalar
        [0xE9, 0xCC, 0x81, 0x2F, 0x78],  // a stray byte before a combining mark
    ]

    @Test(arguments: samples)
    func everyByteStringSurvivesTheRoundTrip(bytes: [UInt8]) {
        let text = PathBytes.decode(bytes)
        #expect(PathBytes.encode(text) == bytes)
        PathBytes.withCString(text) { pointer in
            #expect(Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))) == bytes)
        }
    }

    @Test func validUTF8IsOrdinaryText() {
        #expect(PathBytes.decode(Array("Données/progress.json".utf8)) == "Données/progress.json")
        #expect(PathBytes.display("Données") == "Données")
    }

    @Test func bytesThatAreNotUTF8AreShownAsReplacementCharacters() {
        #expect(PathBytes.display(PathBytes.decode([0x6C, 0x61, 0x74, 0xE9])) == "lat\u{FFFD}")
    }

    @Test func pathArithmeticSeesASlashBeforeACombiningMark() {
        let path = PathBytes.decode([0x61, 0x2F, 0xCC, 0x81, 0x62])  // "a/" + U+0301 + "b"
        #expect(PathText.folder(of: path) == "a")
        #expect(PathBytes.encode(PathText.name(of: path)) == [0xCC, 0x81, 0x62])
    }

    @Test func aTildeNeedsAHome() {
        #expect(PathText.expandingTilde("~/x", environment: ["HOME": "/h"]) == "/h/x")
        #expect(PathText.expandingTilde("~", environment: ["HOME": "/h"]) == "/h")
        #expect(PathText.expandingTilde("~/x", environment: [:]) == nil)
        #expect(PathText.expandingTilde("~root/x", environment: [:]) == "~root/x")
        #expect(PathText.expandingTilde("a/~", environment: [:]) == "a/~")
    }
}

@Suite("File targets")
struct FileTargetTests {
    /// Where a file that is not there yet would be created: every link on the way resolved, `.` dropped,
    /// `..` taken after a real folder (a link's `..` is the parent of where it points) and after a missing
    /// one, so creating the file's folders never makes one the path only passes through.
    @Test func aMissingFileIsPlacedWithEveryLinkOnTheWayResolved() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/rel/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/via", withDestinationPath: "rel/sub")
        try FileManager.default.createSymbolicLink(atPath: folder + "/rel/sub/up", withDestinationPath: "..")
        for (given, expected) in [
            ("/rel/./x/../y.json", "/rel/y.json"),
            ("/rel/x/y/../../z.json", "/rel/z.json"),
            ("/via/new.json", "/rel/sub/new.json"),
            ("/via/../y.json", "/rel/y.json"),
            ("/via/up/sub/up/y.json", "/rel/y.json"),
            ("/via/missing/more/p.json", "/rel/sub/missing/more/p.json"),
        ] {
            let target = try FileTarget.resolve(folder + given)
            #expect(target.kind == .missing, "\(given)")
            #expect(target.realPath == folder + expected, "\(given)")
        }
        #expect(try FileTarget.resolve("a-missing-folder/b.json").realPath == "a-missing-folder/b.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: "loop/x")
        #expect(throws: FileError(path: folder + "/loop/p.json", action: .use, cause: .system(SystemError(errno: ELOOP)))) {
            _ = try FileTarget.resolve(folder + "/loop/p.json")
        }
    }

    @Test func kindsAreNamedInWords() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        #expect(try FileTarget.resolve(folder).kind == .folder)
        #expect(try FileTarget.resolve(folder + "/none").kind == .missing)
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(try FileTarget.resolve(folder + "/fifo").kind == .fifo)
        #expect(FileError(path: "/p", action: .read, cause: .notRegular(.fifo)).description
            == "Could not read /p: it is a FIFO (named pipe), not a regular file.")
    }

    @Test func aLinkIsResolvedByTheKernelToTheRealFile() throws {
        let folder = temporaryFolder()
        defer { cleanUp(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/real/p.json"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/via", withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "via/p.json")
        let target = try FileTarget.resolve(folder + "/link.json")
        #expect(target.kind == .regular)
        #expect(target.realPath == folder + "/real/p.json")
    }
}
