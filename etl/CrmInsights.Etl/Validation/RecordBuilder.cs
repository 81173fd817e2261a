using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Builds the typed canonical record of a mapped row, or the reject saying why it cannot; <see cref="Warnings"/> lists the
/// optional fields of the built record that were stored as NULL because their value could not be read or stored; a
/// record whose stage row still cannot be stored (<see cref="IRecordStorage.RecordProblem"/>) is rejected.
/// </summary>
internal sealed class RecordBuilder(EntityMapping mapping, IRecordStorage storage, bool textNumbers = false)
{
    private readonly FieldReader _r = new(mapping, storage, textNumbers);

    public EntityKind Kind => mapping.Entity.Kind;

    /// <summary>The nulled fields of the last row built; empty when it was rejected (a rejected row loads no field).</summary>
    public IReadOnlyList<FieldWarning> Warnings => _r.Error is null ? _r.Warnings : [];

    public (ICanonicalRecord? Record, Reject? Reject) Build(MappedRow row)
    {
        _r.Reset(row);
        ICanonicalRecord record = Kind switch
        {
            EntityKind.Customers => Customer(),
            EntityKind.Products => Product(),
            EntityKind.Stores => Store(),
            EntityKind.OrderLines => OrderLine(),
            EntityKind.WebEvents => WebEvent(),
            EntityKind.Campaigns => Campaign(),
            EntityKind.EmailEvents => EmailEvent(),
            EntityKind.SurveyResponses => SurveyResponse(),
            _ => throw new InvalidOperationException($"Unknown entity {Kind}."),
        };
        if (_r.Error is null && storage.RecordProblem(record) is { } unstorable)
        {
            _r.Fail(unstorable.Field, unstorable.Code, unstorable.Message);
        }

        return _r.Error is null ? (record, null) : (null, _r.Error);
    }

    private CustomerRecord Customer() => new()
    {
        SourceRow = _r.RowNumber, CustomerId = _r.Id("customer_id") ?? "", LoyaltyId = _r.Id("loyalty_id"),
        Email = _r.Email("email"), Phone = _r.Text("phone"), FirstName = _r.Text("first_name"), LastName = _r.Text("last_name"),
        BirthDate = _r.Date("birth_date"), Gender = _r.Text("gender"), PostalCode = _r.Text("postal_code"), City = _r.Text("city"),
        Region = _r.Text("region"), Country = _r.Text("country"), SignupDate = _r.Date("signup_date") ?? default,
        LoyaltyTier = _r.Text("loyalty_tier"), MarketingOptIn = _r.Bool("marketing_opt_in"),
        AcquisitionChannel = _r.Text("acquisition_channel"), UpdatedAt = _r.Timestamp("updated_at") ?? default,
    };

    private ProductRecord Product() => new()
    {
        SourceRow = _r.RowNumber, Sku = _r.Text("sku") ?? "", Name = _r.Text("name") ?? "", Category = _r.Text("category"),
        Subcategory = _r.Text("subcategory"), Brand = _r.Text("brand"), UnitCost = _r.Decimal("unit_cost"),
        ListPrice = _r.Decimal("list_price"), UpdatedAt = _r.Timestamp("updated_at"),
    };

    private StoreRecord Store() => new()
    {
        SourceRow = _r.RowNumber, StoreId = _r.Text("store_id") ?? "", Name = _r.Text("name") ?? "", Channel = _r.Code("channel") ?? "",
        City = _r.Text("city"), Region = _r.Text("region"), Country = _r.Text("country"), OpenedOn = _r.Date("opened_on"),
    };

    private OrderLineRecord OrderLine()
    {
        var r = new OrderLineRecord
        {
            SourceRow = _r.RowNumber, OrderId = _r.Text("order_id") ?? "", LineNumber = _r.Int("line_number") ?? 0,
            OrderedAt = _r.Timestamp("ordered_at") ?? default, StoreId = _r.Text("store_id") ?? "", CustomerId = _r.Id("customer_id"),
            Sku = _r.Text("sku") ?? "", Quantity = _r.Int("quantity") ?? 0, UnitPrice = _r.Decimal("unit_price") ?? 0,
            DiscountAmount = _r.Decimal("discount_amount"), TaxAmount = _r.Decimal("tax_amount"), Currency = _r.Text("currency")?.ToUpperInvariant(),
            UnitCost = _r.Decimal("unit_cost"), PaymentType = _r.Text("payment_type"),
            LoyaltyPointsEarned = _r.Int("loyalty_points_earned"), LoyaltyPointsRedeemed = _r.Int("loyalty_points_redeemed"),
            LoyaltyId = _r.Id("loyalty_id"), Email = _r.Email("email"),
        };
        SignedLikeQuantity("discount_amount", r.DiscountAmount, r.Quantity);
        SignedLikeQuantity("tax_amount", r.TaxAmount, r.Quantity);
        return r;
    }

    // A line's net is quantity x unit_price - discount_amount (unit_price is never negative), so a return carries a negative
    // quantity with zero or negative discount and tax, and a sale zero or positive ones. Any other mix (a negative discount
    // on a sale would add revenue, a positive tax on a return would charge it) has no meaning to net: rejected, not guessed.
    private void SignedLikeQuantity(string name, decimal? amount, int quantity)
    {
        if (_r.Error is null && amount is { } a && a != 0 && Math.Sign(a) != Math.Sign(quantity))
        {
            var text = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _r.Fail(name, RejectCodes.OutOfRange, quantity == 0
                ? $"{name} {text} on a line with quantity 0: a line that moves no goods carries no {name}."
                : $"{name} {text} has the opposite sign to quantity {quantity}: a sale (positive quantity) carries zero or positive discount_amount and tax_amount, a return (negative quantity) zero or negative ones.");
        }
    }

    private WebEventRecord WebEvent() => new()
    {
        SourceRow = _r.RowNumber, EventTimestamp = _r.UnixMicros("event_timestamp") ?? 0, EventName = _r.Text("event_name") ?? "",
        UserPseudoId = _r.Text("user_pseudo_id") ?? "", UserId = _r.Id("user_id"), GaSessionId = _r.Long("ga_session_id") ?? 0,
        PageLocation = _r.Text("page_location"), PageReferrer = _r.Text("page_referrer"), Source = _r.Text("source"),
        Medium = _r.Text("medium"), Campaign = _r.Text("campaign"), DeviceCategory = _r.Text("device_category"),
        Country = _r.Text("country"), TransactionId = _r.Text("transaction_id"), Value = _r.Decimal("value"),
        EngagementTimeMsec = _r.Long("engagement_time_msec"),
    };

    private CampaignRecord Campaign() => new()
    {
        SourceRow = _r.RowNumber, CampaignId = _r.Text("campaign_id") ?? "", Name = _r.Text("name") ?? "", Subject = _r.Text("subject"),
        SentAt = _r.Timestamp("sent_at"), Segment = _r.Text("segment"), Cost = _r.Decimal("cost"),
    };

    private EmailEventRecord EmailEvent() => new()
    {
        SourceRow = _r.RowNumber, EventId = _r.Text("event_id") ?? "", Email = _r.Email("email") ?? "",
        Timestamp = _r.UnixSeconds("timestamp") ?? default, Event = _r.Code("event") ?? "", CampaignId = _r.Text("campaign_id"),
        Url = _r.Text("url"), Reason = _r.Text("reason"), BounceType = _r.Code("bounce_type"), MachineOpen = _r.Bool("machine_open"),
    };

    private SurveyResponseRecord SurveyResponse()
    {
        var r = new SurveyResponseRecord
        {
            SourceRow = _r.RowNumber, ResponseId = _r.Text("response_id") ?? "", RecordedAt = _r.Timestamp("recorded_at") ?? default,
            SurveyId = _r.Text("survey_id"), CustomerId = _r.Id("customer_id"), Email = _r.Email("email"),
            Touchpoint = _r.Code("touchpoint"), Nps = _r.Int("nps"), Csat = _r.Int("csat"), Ces = _r.Int("ces"),
            Complaint = _r.Bool("complaint"), ComplaintCategory = _r.Text("complaint_category"),
            ResolvedAt = _r.Timestamp("resolved_at"), Comment = _r.Text("comment"), LoyaltyId = _r.Id("loyalty_id"),
        };
        if (r.CustomerId is null && r.LoyaltyId is null && r.Email is null)
        {
            // An identity nulled as optional (unreadable, or too long to store) would leave the response nobody's: it rejects
            // with that field's own reason.
            if (_r.Warnings.FirstOrDefault(w => w.Field is "customer_id" or "loyalty_id" or "email") is { } identity)
            {
                _r.Fail(identity.Field, identity.Code, identity.Message);
            }
            else
            {
                _r.Fail("customer_id", RejectCodes.MissingIdentity,
                    $"A response needs customer_id, loyalty_id or email to name its respondent and this row has none; map the export's column with {mapping.FieldKey("customer_id")}:Column, {mapping.FieldKey("loyalty_id")}:Column or {mapping.FieldKey("email")}:Column.");
            }
        }

        return r;
    }
}
