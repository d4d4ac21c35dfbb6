import Foundation
import OptOutTestSupport
@testable import OptOutCore

/// The folder holding this test file, for golden files.
func testsFolder(_ file: String = #filePath) -> String {
    (file as NSString).deletingLastPathComponent
}

/// Compares text with a golden file beside the calling test file (see `Golden`).
func goldenMismatch(_ actual: String, golden name: String, file: String = #filePath) -> String? {
    Golden.mismatch(actual, path: testsFolder(file) + "/Goldens/" + name)
}
