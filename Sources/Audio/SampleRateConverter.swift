internal import CSampleRate

/// A streaming mono sample-rate converter over libsamplerate; owns its `SRC_STATE`.
///
/// Uses `SRC_SINC_FASTEST`: its 80 % passband keeps everything eSpeak NG produces below
/// 8.8 kHz (of 11.025 kHz) and it costs half of `SRC_SINC_MEDIUM_QUALITY` (see the report in
/// the package docs / `briefing-bench`).
final class SampleRateConverter {
    private let state: OpaquePointer
    private let ratio: Double
    private var output: [Float]

    /// A converter from `inputRate` to `outputRate` for blocks of at most `maxInputFrames`.
    init(inputRate: Int, outputRate: Int, maxInputFrames: Int) throws(AudioError) {
        var error: Int32 = 0
        guard let state = src_new(Int32(SRC_SINC_FASTEST), 1, &error) else {
            throw .resamplingFailed(reason: String(cString: src_strerror(error)))
        }
        self.state = state
        self.ratio = Double(outputRate) / Double(inputRate)
        guard src_is_valid_ratio(ratio) != 0 else {
            src_delete(state)
            throw .resamplingFailed(reason: "cannot convert \(inputRate) Hz to \(outputRate) Hz (ratio out of range)")
        }
        self.output = [Float](repeating: 0, count: Int((Double(maxInputFrames) * ratio).rounded(.up)) + 64)
    }

    deinit { src_delete(state) }

    /// Converts `input` (at most `maxInputFrames`), passing each block of output to `sink`.
    /// With `endOfInput`, also drains what the filter still holds.
    func process(
        _ input: UnsafeBufferPointer<Float>, endOfInput: Bool,
        into sink: (UnsafeMutableBufferPointer<Float>) throws(AudioError) -> Void
    ) throws(AudioError) {
        var consumed = 0
        while true {
            var generated = 0
            var used = 0
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                var data = SRC_DATA()
                data.data_in = input.baseAddress.map { UnsafePointer($0 + consumed) }
                data.input_frames = input.count - consumed
                data.data_out = out.baseAddress
                data.output_frames = out.count
                data.end_of_input = endOfInput ? 1 : 0
                data.src_ratio = ratio
                let status = src_process(state, &data)
                generated = data.output_frames_gen
                used = data.input_frames_used
                return status
            }
            if status != 0 { throw .resamplingFailed(reason: String(cString: src_strerror(status))) }
            consumed += used
            if generated > 0 {
                try output.withUnsafeMutableBufferPointer { out throws(AudioError) in
                    try sink(UnsafeMutableBufferPointer(rebasing: out[0..<generated]))
                }
            }
            if endOfInput {
                if generated == 0 && consumed >= input.count { return }
            } else if consumed >= input.count && generated == 0 {
                return
            } else if consumed >= input.count && generated < output.count {
                return
            }
        }
    }
}
