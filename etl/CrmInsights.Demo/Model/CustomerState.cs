namespace CrmInsights.Demo.Model;

/// <summary>
/// The per-customer state kept in memory: about 80 bytes, so a million customers take
/// ~80 MB. This is the generator's only O(N) structure (like a dimension key map in the
/// ETL); orders, events and responses are written as they happen and never kept.
/// Names, addresses and contact details are re-derived from the customer's id on demand.
/// </summary>
internal struct CustomerState
{
    /// <summary>Purchase-process random stream (resumed on every purchase).</summary>
    public ulong Rng;

    /// <summary>Operational time (weeks of seasonally weighted time) of the next purchase.</summary>
    public double NextPurchaseOpTime;

    public float Lambda;
    public float DropoutP;
    public float Nu;
    public float Satisfaction;
    public float SpendThisYear;
    public float OnlineShare;
    public int SignupDay;
    public int NextPurchaseDay;
    public int NextVisitDay;
    public int SurveyDay;
    public int Points;
    public int Purchases;
    public int LastPurchaseDay;
    public short City;
    public short HomeStore;
    public short LastCampaign;

    /// <summary>The campaign whose audience the customer was last in (-1: none), and when its caused purchase is due.</summary>
    public short AudienceCampaign;
    public int CausedSecond;

    /// <summary>Second of the day of the latest purchase on LastPurchaseDay (a send later that day sees it in its window).</summary>
    public int TodayLatestSecond;

    /// <summary>Purchase orders to date, caused ones included (the punch card counts every purchase, as the warehouse's reward rule does).</summary>
    public int CardPurchases;
    public byte Tier;
    public byte Revision;
    public CustomerFlags Flags;
}

/// <summary>Boolean facts about a customer, packed.</summary>
[Flags]
internal enum CustomerFlags : ushort
{
    None = 0,
    Alive = 1,
    Member = 2,
    OptIn = 4,
    HardBounced = 8,
    SuppressedAtSend = 16,
    PrivacyProxy = 32,
    SurveyOnline = 64,
    HasEmail = 128,
    Created = 256,
    Control = 512,
    BoughtInWindow = 1024,
    CausedPurchase = 2048,
}
