namespace CrmInsights.Analytics.Rfm;

/// <summary>RFM settings, bound to the <c>Rfm</c> configuration section.</summary>
/// <remarks>
/// <see cref="Segments"/> empty means the KPI catalog's map (<see cref="RfmSegmentMap.DefaultRules"/>);
/// when configured it is the whole map (configuration lists are not merged with the defaults),
/// and <see cref="Version"/> must then be changed too, so snapshots record which map scored them.
/// </remarks>
public sealed class RfmOptions : IValidatedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Rfm";

    /// <summary>Version of the segment map, stored with each snapshot.</summary>
    public string Version { get; set; } = RfmSegmentMap.DefaultVersion;

    /// <summary>The R×F segment map; empty for the catalog's default.</summary>
    public IList<RfmSegmentRule> Segments { get; } = [];

    /// <summary>Builds the map these options describe.</summary>
    /// <exception cref="ArgumentException">The map is invalid (see <see cref="Validate"/>).</exception>
    public RfmSegmentMap BuildMap() => Segments.Count == 0 && Version == RfmSegmentMap.DefaultVersion
        ? RfmSegmentMap.Default
        : RfmSegmentMap.Create(Version, Segments.Count == 0 ? RfmSegmentMap.DefaultRules : Segments);

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(Version))
        {
            failures.Add($"{SectionName}:Version must not be empty, was '{Version}'.");
        }

        if (Segments.Count > 0)
        {
            if (Version == RfmSegmentMap.DefaultVersion)
            {
                failures.Add($"{SectionName}:Version must differ from '{RfmSegmentMap.DefaultVersion}' when {SectionName}:Segments replaces the default map.");
            }

            failures.AddRange(RfmSegmentMap.Check(Segments, $"{SectionName}:Segments"));
        }

        return failures;
    }
}
