namespace MsixPortal.Features.SyntheticData;

/// <summary>A stay of the family that the child took part in, with the child's grade then.</summary>
internal sealed record ChildStay(Stay Stay, string Grade)
{
    public DateOnly Start => Stay.Start;
    public DateOnly? End => Stay.End;
}

/// <summary>What the row factories of one State record need to know about the child and its family.</summary>
internal sealed record RecordContext(
    TrueChild Child,
    ChildTraits Traits,
    TrueFamily Family,
    string State,
    IReadOnlyList<ChildStay> Stays,
    Random Random,
    DateOnly AsOf)
{
    /// <summary>The family's home-base town, whose high school the child expects to graduate from.</summary>
    public Town HomeTown => Family.Plan.Stays.FirstOrDefault(s => s.Kind == StayKind.SchoolYear)?.Town ?? Family.Plan.Stays[0].Town;

    public bool MovesBetweenStates => Family.Plan.States.Count > 1;

    /// <summary>A UTC time stamp on a day (when a State sent a row): mid-morning, never after the reference date.</summary>
    public DateTime Timestamp(DateOnly day)
    {
        var clamped = day > AsOf ? AsOf : day;
        return clamped.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc).AddMinutes(Random.Next(480));
    }
}
