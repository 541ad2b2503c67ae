/// The kinds of customer segment a text can name or describe (Osterwalder's list plus B2B and B2C),
/// in the order they are written in the `customer_segment_types` column.
public enum CustomerSegmentType: String, Sendable, CaseIterable {
    case businessToBusiness = "b2b"
    case businessToConsumer = "b2c"
    case massMarket = "masse"
    case nicheMarket = "niche"
    case segmented = "segmenté"
    case diversified = "diversifié"
    case multiSidedPlatform = "plateforme multi-faces"
}
