/// One self-contained HTML page: inline style sheet, inline SVG, no script, nothing fetched from anywhere.
/// A Content-Security-Policy forbids scripts and remote resources as a second line of defence.
public struct HTMLPage {
    /// The page title (plain text; escaped when rendered).
    public var title: String
    /// A line under the title (plain text; escaped when rendered).
    public var subtitle: String
    /// The page's sections, as HTML fragments, in order.
    public var sections: [String]

    /// Creates a page.
    public init(title: String, subtitle: String, sections: [String]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// The whole document.
    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLStyleSheet.css)
        </style>
        </head>
        <body>
        <header><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(subtitle))</p></header>
        <main>
        \(sections.joined(separator: "\n"))
        </main>
        <footer>Produit par CoachLens · page autonome, sans script ni ressource externe · imprimable</footer>
        </body>
        </html>

        """
    }

    /// A `<section>` with a heading, a lead paragraph (plain text) and HTML content.
    static func section(id: String, title: String, lead: String, content: String) -> String {
        "<section id=\"\(HTMLText.escape(id))\">\n<h2>\(HTMLText.escape(title))</h2>\n"
            + (lead.isEmpty ? "" : "<p class=\"lead\">\(HTMLText.escape(lead))</p>\n") + content + "\n</section>"
    }

    /// Figure tiles: each a big value and a caption (both plain text), with an optional tone class.
    static func tiles(_ items: [(value: String, caption: String, tone: String)]) -> String {
        "<div class=\"tiles\">"
            + items.map {
                "<div class=\"tile \($0.tone)\"><b>\(HTMLText.escape($0.value))</b><span>\(HTMLText.escape($0.caption))</span></div>"
            }.joined()
            + "</div>"
    }
}
