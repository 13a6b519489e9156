import Foundation

/// An RSS feed with the given item titles (escaped for XML), each with a short body.
func rssFeed(titles: [String]) -> String {
    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test Desk</title>\n"
    for (index, title) in titles.enumerated() {
        xml += "<item><title>\(escape(title))</title><link>https://desk.example.com/\(index)</link>"
        xml += "<description>\(escape(title)): the harbour will reopen on Friday after repairs to the wall.</description></item>\n"
    }
    return xml + "</channel></rss>\n"
}

let shortArticle = """
    Harbour wall repairs finish early

    Work on the harbour wall at Kestrel Bay finished a week ahead of schedule, the trust said on Monday.
    """
