import Foundation
import TestSupport

/// Synthetic test signals (mono, 16-bit), deterministic.
enum Signal {
    /// A sine at `frequency` Hz and `amplitude` (1 = full scale).
    static func sine(frequency: Double, seconds: Double, rate: Int = 22_050, amplitude: Double = 0.5) -> [Int16] {
        let count = Int((seconds * Double(rate)).rounded())
        return (0..<count).map { index in
            Int16((amplitude * 32767 * sin(2 * Double.pi * frequency * Double(index) / Double(rate))).rounded())
        }
    }

    /// Something with the loudness and peaks of speech: "syllables" of a glottal-like pulse train
    /// (harmonics of a gliding 100–150 Hz pitch, shaped by three formants, their phases spread by
    /// `phaseSpread` turns) under a smooth envelope, at levels spread over `levelSpread` dB,
    /// separated by short pauses. With the defaults the true peak is about 19 dB above the
    /// integrated loudness and limiting it costs about as much loudness as with eSpeak NG's
    /// speech; with no spreads, every syllable peaks.
    static func speechLike(
        seconds: Double, rate: Int = 22_050, peak: Double = 0.7, levelSpread: Double = 15, phaseSpread: Double = 0.5,
        seed: UInt64 = 1
    ) -> [Int16] {
        var random = SplitMix(seed: seed)
        let count = Int(seconds * Double(rate))
        var output = [Double](repeating: 0, count: count)
        let formants: [(center: Double, width: Double)] = [(600, 150), (1_400, 250), (2_600, 400)]
        var index = 0
        var phase = 0.0
        while index < count {
            let syllable = Int(Double(rate) * (0.12 + 0.12 * random.unit()))
            let pause = Int(Double(rate) * (0.03 + 0.08 * random.unit()))
            let pitch = 100 + 50 * random.unit()
            // Stressed and unstressed syllables: levels spread over `levelSpread` dB.
            let level = pow(10, -levelSpread * random.unit() / 20)
            let harmonics = Int(min(4_000, Double(rate) / 2 - 500) / (pitch * 1.1))
            let weights = (1...max(1, harmonics)).map { harmonic in
                formants.reduce(0.05) { sum, formant in
                    let distance = (Double(harmonic) * pitch - formant.center) / formant.width
                    return sum + exp(-distance * distance)
                }
            }
            let phases = weights.indices.map { _ in phaseSpread * 2 * Double.pi * random.unit() }
            for offset in 0..<syllable where index + offset < count {
                let progress = Double(offset) / Double(syllable)
                let envelope = level * sin(Double.pi * progress)
                phase += 2 * Double.pi * pitch * (1 + 0.1 * progress) / Double(rate)
                var value = 0.0
                for (number, weight) in weights.enumerated() {
                    value += weight * cos(Double(number + 1) * phase + phases[number])
                }
                output[index + offset] = envelope * value
            }
            index += syllable + pause
        }
        let highest = output.map(abs).max() ?? 1
        let scale = highest > 0 ? peak * 32767 / highest : 0
        return output.map { Int16(($0 * scale).rounded()) }
    }

    /// The frequency of a (roughly) pure tone, from its rising zero crossings.
    static func frequency(of samples: [Float], rate: Int) -> Double {
        var crossings: [Int] = []
        for index in 1..<samples.count where samples[index - 1] < 0 && samples[index] >= 0 {
            crossings.append(index)
        }
        guard let first = crossings.first, let last = crossings.last, crossings.count > 1 else { return 0 }
        return Double(crossings.count - 1) * Double(rate) / Double(last - first)
    }
}


/// The chunks of a RIFF/RF64 file, read with plain file I/O (independent of libsndfile).
struct RIFFFile {
    let bytes: [UInt8]

    init(path: String) throws {
        bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    var signature: String { String(decoding: bytes[0..<4], as: UTF8.self) }
    var form: String { String(decoding: bytes[8..<12], as: UTF8.self) }
    var sizeField: UInt32 { uint32(at: 4) }

    func uint16(at offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    func uint32(at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
    func uint64(at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }

    /// (id, offset of the payload, size) of each top-level chunk; `dataSize` replaces a 0xFFFFFFFF
    /// data size (RF64).
    func chunks(dataSize: UInt64? = nil) -> [(id: String, offset: Int, size: Int)] {
        var result: [(id: String, offset: Int, size: Int)] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            var size = Int(uint32(at: offset + 4))
            if id == "data", size == Int(UInt32.max), let dataSize { size = Int(dataSize) }
            result.append((id, offset + 8, size))
            offset += 8 + size + (size & 1)
        }
        return result
    }
}

/// The process's umask, read from /proc (Linux) without changing it.
func currentUmask() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
        let value = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
    else { return 0o022 }
    return value
}
