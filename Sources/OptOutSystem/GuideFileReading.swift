#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// Guide files read from disk, as every file optout depends on is read (`RegularFileReader`).
extension GuideFile {
    /// Reads and validates a guide file.
    public static func load(path: String) throws(GuideFileError) -> Guide {
        let data = try contents(ofFile: path)
        let (guide, problems) = validate(data)
        guard let guide, problems.isEmpty else { throw .invalid(path: path, problems: problems) }
        return guide
    }

    /// The bytes of a guide file, or why they cannot be read: no such file, a folder, not a regular
    /// file (a device or a FIFO, which are never read, so nothing hangs), too large, or the system's
    /// reason. Read as every file optout depends on is read (`RegularFileReader`).
    public static func contents(ofFile path: String) throws(GuideFileError) -> Data {
        let data: Data?
        do throws(FileError) {
            data = try RegularFileReader.read(path)
        } catch {
            switch error.cause {
            case let .system(error) where error.kind == .noSuchFile: throw .unreadable(path: path, reason: noSuchFile)
            // Translators: why a guide file cannot be read, at the end of a sentence that names it.
            case .notRegular(.folder): throw .unreadable(path: path, reason: tr("it is a folder", context: "guide file"))
            // Translators: why a guide file cannot be read, at the end of a sentence that names it.
            case .notRegular: throw .unreadable(path: path, reason: tr("it is not a regular file (a device, a FIFO or a socket)", context: "guide file"))
            default: throw .unreadable(path: path, reason: error.reason)
            }
        }
        guard let data else { throw .unreadable(path: path, reason: noSuchFile) }
        return data
    }

    /// Why a guide file that is not there cannot be read.
    private static var noSuchFile: String {
        // Translators: why a guide file cannot be read, at the end of a sentence that names it.
        tr("no such file", context: "guide file")
    }
}
