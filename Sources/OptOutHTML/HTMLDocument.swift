/// A whole page: HTML5 with the handout's stylesheet inline and a Content-Security-Policy that lets
/// the page load nothing at all (no script, font, image, frame or style from anywhere; the one inline
/// stylesheet is allowed by its SHA-256), so it opens offline and tells no server it was opened.
struct HTMLDocument {
    /// The page's language (`<html lang>`), from the words it is written in.
    var language: String
    /// The `<title>`, already escaped.
    var title: String
    /// What goes inside `<main>`, already HTML.
    var body: [String]

    /// The policy: nothing from anywhere, the stylesheet by its hash, no `<base>`, no form submission.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'sha256-\(SHA256.base64Digest(HandoutStyle.css))'; base-uri 'none'; form-action 'none'"
    }

    var html: String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTMLText.escape(language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"color-scheme\" content=\"light dark\">",
            "<title>\(title)</title>",
            "<style>\(HandoutStyle.css)</style>",
            "</head>",
            "<body>",
            "<main>",
        ]
        lines += body
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
