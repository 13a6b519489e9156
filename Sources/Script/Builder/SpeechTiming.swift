/// Predicts how long eSpeak NG takes to say a text with a profile, for fitting a briefing into a time budget.
public protocol SpeechTiming: Sendable {
    /// Seconds of speech for `text` (already prepared for speech) spoken with `profile`, pauses excluded.
    func seconds(toSpeak text: String, with profile: VoiceProfile) -> Double
}

/// A linear model of speaking time measured from eSpeak NG: a cost per letter, per pause mark and per call.
public struct SpeakingRate: Sendable, Hashable, Codable {
    /// Seconds per letter or digit.
    public var perLetter: Double
    /// Seconds per clause or sentence break (`, ; : . ? !`).
    public var perBreak: Double
    /// Seconds added by each synthesis call (lead-in and tail).
    public var perCall: Double

    /// Creates a rate model.
    public init(perLetter: Double, perBreak: Double, perCall: Double) {
        self.perLetter = perLetter
        self.perBreak = perBreak
        self.perCall = perCall
    }

    /// The features the model counts in a text: letters and breaks.
    public static func features(of text: String) -> (letters: Int, breaks: Int) {
        var letters = 0, breaks = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                letters += 1
            } else if ",;:.?!".unicodeScalars.contains(scalar) {
                breaks += 1
            }
        }
        return (letters, breaks)
    }

    /// Predicted seconds for a text.
    public func seconds(for text: String) -> Double {
        let f = Self.features(of: text)
        return perCall + perLetter * Double(f.letters) + perBreak * Double(f.breaks)
    }

    /// Fits the model to measured (text, seconds) pairs by least squares.
    public static func fit(_ samples: [(text: String, seconds: Double)]) -> SpeakingRate? {
        // Normal equations for y = a*letters + b*breaks + c.
        var m = [[Double]](repeating: [Double](repeating: 0, count: 3), count: 3)
        var v = [Double](repeating: 0, count: 3)
        for sample in samples {
            let f = features(of: sample.text)
            let x = [Double(f.letters), Double(f.breaks), 1]
            for i in 0..<3 {
                for j in 0..<3 { m[i][j] += x[i] * x[j] }
                v[i] += x[i] * sample.seconds
            }
        }
        guard let solution = solve3(m, v) else { return nil }
        return SpeakingRate(perLetter: solution[0], perBreak: solution[1], perCall: solution[2])
    }

    private static func solve3(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a
        var v = b
        for col in 0..<3 {
            guard let pivot = (col..<3).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-12 else { return nil }
            m.swapAt(col, pivot)
            v.swapAt(col, pivot)
            for row in 0..<3 where row != col {
                let factor = m[row][col] / m[col][col]
                for k in col..<3 { m[row][k] -= factor * m[col][k] }
                v[row] -= factor * v[col]
            }
        }
        return (0..<3).map { v[$0] / m[$0][$0] }
    }
}
