import Foundation

/// A look-ahead limiter that keeps the true (inter-sample) peak of a mono stream under a ceiling.
///
/// Streaming, constant memory: peaks are detected on a 4x oversampled copy of the signal
/// (polyphase windowed-sinc interpolation, as ITU-R BS.1770 suggests for true-peak meters), the
/// gain each peak needs is held as the minimum over a short window, released exponentially and
/// smoothed by a moving average as long as the look-ahead, so the gain is already down when a
/// peak arrives and never jumps. Output has as many samples as input, delayed by a few
/// milliseconds internally; `flush` returns the tail.
final class TruePeakLimiter {
    private static let oversampling = 4
    private static let tapsPerPhase = 12
    /// The detector's filter is centred between the inputs `detectorDelay` and
    /// `detectorDelay - 1` steps ago.
    private static let detectorDelay = 6

    private let ceiling: Float
    private let lookahead: Int
    private let window: Int
    private let releaseCoefficient: Float
    private let totalDelay: Int

    /// Interpolation taps, phase-major, each phase reversed so it lines up with `history`.
    private let taps: UnsafeMutablePointer<Float>
    /// The last `tapsPerPhase` inputs, stored twice so any window of them is contiguous.
    private let history: UnsafeMutablePointer<Float>
    private var historyIndex = 0
    /// The signal's delay line.
    private let delayLine: UnsafeMutablePointer<Float>
    private var delayIndex = 0
    /// Sliding-window minimum of the required gain: a monotonic deque stored in a ring.
    private let minimumValues: UnsafeMutablePointer<Float>
    private let minimumPositions: UnsafeMutablePointer<Int>
    private var minimumHead = 0
    private var minimumCount = 0
    /// Moving average of the released gain.
    private let averageRing: UnsafeMutablePointer<Float>
    private var averageIndex = 0
    private var averageSum: Double
    private var released: Float = 1
    private var position = 0
    /// Outputs still to drop: the delay line's initial zeros.
    private var preroll: Int
    private var pending: Int

    /// A limiter for `sampleRate` keeping true peaks at or under `ceilingDecibels` dBTP.
    init(sampleRate: Int, ceilingDecibels: Double, lookaheadSeconds: Double = 0.005, releaseSeconds: Double = 0.05) {
        ceiling = Float(pow(10, ceilingDecibels / 20))
        lookahead = max(2, Int((lookaheadSeconds * Double(sampleRate)).rounded()))
        window = lookahead + 2
        releaseCoefficient = Float(1 - exp(-1 / (releaseSeconds * Double(sampleRate))))
        totalDelay = lookahead + Self.detectorDelay

        let phaseCount = Self.oversampling
        let perPhase = Self.tapsPerPhase
        taps = .allocate(capacity: phaseCount * perPhase)
        for (phase, coefficients) in Self.makePhases().enumerated() {
            for (k, value) in coefficients.reversed().enumerated() { taps[phase * perPhase + k] = value }
        }
        history = .allocate(capacity: 2 * perPhase)
        history.initialize(repeating: 0, count: 2 * perPhase)
        delayLine = .allocate(capacity: totalDelay + 1)
        delayLine.initialize(repeating: 0, count: totalDelay + 1)
        minimumValues = .allocate(capacity: window + 1)
        minimumValues.initialize(repeating: 1, count: window + 1)
        minimumPositions = .allocate(capacity: window + 1)
        minimumPositions.initialize(repeating: 0, count: window + 1)
        averageRing = .allocate(capacity: lookahead)
        averageRing.initialize(repeating: 1, count: lookahead)
        averageSum = Double(lookahead)
        preroll = totalDelay
        pending = totalDelay
    }

    deinit {
        taps.deallocate()
        history.deallocate()
        delayLine.deallocate()
        minimumValues.deallocate()
        minimumPositions.deallocate()
        averageRing.deallocate()
    }

    /// Windowed-sinc interpolator for 4x oversampling, each phase normalised to unity DC gain.
    private static func makePhases() -> [[Float]] {
        let length = oversampling * tapsPerPhase
        let center = Double(length - 1) / 2
        var taps = [Double](repeating: 0, count: length)
        for index in 0..<length {
            let x = (Double(index) - center) / Double(oversampling)
            let sinc = x == 0 ? 1 : sin(Double.pi * x) / (Double.pi * x)
            let hann = 0.5 - 0.5 * cos(2 * Double.pi * (Double(index) + 0.5) / Double(length))
            taps[index] = sinc * hann
        }
        return (0..<oversampling).map { phase in
            let coefficients = stride(from: phase, to: length, by: oversampling).map { taps[$0] }
            let sum = coefficients.reduce(0, +)
            return coefficients.map { Float($0 / sum) }
        }
    }

    /// Limits `samples` in place; returns how many limited samples are now at the front of the
    /// buffer (fewer than given at the start of the stream, while the look-ahead fills).
    func process(_ samples: UnsafeMutableBufferPointer<Float>) -> Int {
        var written = 0
        for index in samples.indices {
            let output = step(samples[index])
            if preroll > 0 {
                preroll -= 1
            } else {
                samples[written] = output
                written += 1
            }
        }
        return written
    }

    /// The rest of the stream: call once at the end. Input and output have the same length.
    func flush() -> [Float] {
        var tail: [Float] = []
        tail.reserveCapacity(pending)
        for _ in 0..<pending {
            let output = step(0)
            if preroll > 0 { preroll -= 1 } else { tail.append(output) }
        }
        pending = 0
        return tail
    }

    @inline(__always)
    private func step(_ input: Float) -> Float {
        let perPhase = Self.tapsPerPhase
        // 1. Detector: the sample `detectorDelay` ago and the interpolated peaks after it.
        history[historyIndex] = input
        history[historyIndex + perPhase] = input
        historyIndex = historyIndex == perPhase - 1 ? 0 : historyIndex + 1
        let window = history + historyIndex  // oldest first, newest last
        var peak = abs(window[perPhase - 1 - Self.detectorDelay])
        for phase in 0..<Self.oversampling {
            let coefficients = taps + phase * perPhase
            var sum: Float = 0
            for k in 0..<perPhase { sum += coefficients[k] * window[k] }
            peak = max(peak, abs(sum))
        }
        let required: Float = peak > ceiling ? ceiling / peak : 1

        // 2. Minimum of the required gain over the last `window` steps.
        let capacity = self.window + 1
        while minimumCount > 0 {
            let last = (minimumHead + minimumCount - 1) % capacity
            if minimumValues[last] >= required { minimumCount -= 1 } else { break }
        }
        let slot = (minimumHead + minimumCount) % capacity
        minimumValues[slot] = required
        minimumPositions[slot] = position
        minimumCount += 1
        if minimumPositions[minimumHead] <= position - self.window {
            minimumHead = (minimumHead + 1) % capacity
            minimumCount -= 1
        }
        let windowMinimum = minimumValues[minimumHead]

        // 3. Instant attack, exponential release, moving average over the look-ahead.
        released = min(windowMinimum, released + (1 - released) * releaseCoefficient)
        averageSum += Double(released) - Double(averageRing[averageIndex])
        averageRing[averageIndex] = released
        averageIndex = averageIndex == lookahead - 1 ? 0 : averageIndex + 1
        let gain = min(Float(averageSum / Double(lookahead)), 1)

        // 4. The signal from `totalDelay` steps ago, which the gain was computed for.
        delayLine[delayIndex] = input
        delayIndex = delayIndex == totalDelay ? 0 : delayIndex + 1
        position += 1
        return delayLine[delayIndex] * gain
    }
}
