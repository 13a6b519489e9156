import Foundation

extension BatchProgress {
    /// A one-line progress bar that fits in `width` columns:
    /// `[#######------]  57/200  12:34 of audio  23.4x  1:02 left`.
    public func barLine(width: Int) -> String {
        var facts = "\(finished)/\(total)"
        if failed > 0 { facts += " (\(failed) failed)" }
        facts += "  \(Self.clock(audioSeconds)) of audio"
        if elapsed > 0.5 { facts += String(format: "  %.1fx", speed) }
        if let remaining { facts += "  \(Self.clock(remaining)) left" }
        // One column spare: writing the last column of a terminal line makes some terminals wrap.
        let barWidth = min(30, width - facts.count - 5)
        guard barWidth >= 5 else { return String(facts.prefix(max(0, width - 1))) }
        let fraction = total > 0 ? Double(finished) / Double(total) : 1
        let filled = min(barWidth, Int((fraction * Double(barWidth)).rounded(.down)))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]  " + facts
    }

    /// A duration as a clock: `0:42`, `12:34`, `1:02:11`.
    public static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
        let h = total / 3600, m = (total / 60) % 60, s = total % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
