/// What a rule of a segments pack evidences, read from its `label`:
///
/// | label | meaning |
/// | --- | --- |
/// | `CS` … `C` | a content cue: the sentence says something about that block; `weight` is how much |
/// | `nom:CS` … `nom:C` | the block's name ("canaux", "ressources clés"), used to spot an overview listing the blocks |
/// | `annonce` | meta-discourse ("dans le prochain article…"): content cues of that sentence count weakly |
/// | `type:b2b` … | a customer-segment type (values of ``CustomerSegmentType``) |
///
/// Any other label is ignored, so a user pack can carry notes or experiments without breaking the scores.
enum SegmentCueLabel: Equatable, Sendable {
    case content(SegmentCode)
    case blockName(SegmentCode)
    case announcement
    case customerType(CustomerSegmentType)
    case ignored

    init(_ label: String) {
        if let code = SegmentCode(rawValue: label) {
            self = .content(code)
        } else if label.hasPrefix("nom:"), let code = SegmentCode(rawValue: String(label.dropFirst(4))) {
            self = .blockName(code)
        } else if label == "annonce" {
            self = .announcement
        } else if label.hasPrefix("type:"), let type = CustomerSegmentType(rawValue: String(label.dropFirst(5))) {
            self = .customerType(type)
        } else {
            self = .ignored
        }
    }
}
