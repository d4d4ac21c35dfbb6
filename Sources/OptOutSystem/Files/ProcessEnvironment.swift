#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OptOutCore

/// The process's environment variables as a dictionary.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary at every call and finds each `=`
/// character by character; before the first frame that was the costliest single step. This reads
/// `environ` byte by byte, once.
public enum ProcessEnvironment {
    /// The environment as it was when first asked for.
    public static let atStart: [String: String] = read()

    /// The environment now. A name given twice keeps its first value, as `getenv` does.
    public static func read() -> [String: String] {
        #if canImport(Glibc) || canImport(Musl)
        var variables: [String: String] = [:]
        let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        guard var entry = start else { return variables }
        while let pointer = entry.pointee {
            if let equals = strchr(pointer, Int32(UInt8(ascii: "="))) {
                let name = String(decoding: UnsafeRawBufferPointer(start: pointer, count: equals - pointer), as: UTF8.self)
                if variables[name] == nil { variables[name] = String(cString: equals + 1) }
            }
            entry += 1
        }
        return variables
        #else
        return ProcessInfo.processInfo.environment
        #endif
    }
}
