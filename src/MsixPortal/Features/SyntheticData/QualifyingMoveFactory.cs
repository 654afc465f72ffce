using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// The qualifying moves (MDEs 20–26) a State records: one per arrival of the family in the State, the QAD a
/// few days before the child enrolled, eligibility ending 36 months after the QAD (or the day before the
/// child turns 22). Only the three latest arrivals are kept, as older ones no longer count.
/// </summary>
internal static class QualifyingMoveFactory
{
    public static List<QualifyingMove> Create(RecordContext context)
    {
        var moves = new List<QualifyingMove>();
        var familyStays = context.Family.Plan.Stays;
        foreach (var childStay in context.Stays)
        {
            var index = IndexOf(familyStays, childStay.Stay);
            var previous = index > 0 ? familyStays[index - 1] : null;
            if (previous is not null && previous.Town == childStay.Stay.Town)
            {
                continue; // no move: the family stayed in town
            }
            moves.Add(Move(context, childStay.Stay, previous));
        }
        var kept = moves.TakeLast(3).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].Sequence = i + 1;
        }
        return kept;
    }

    private static QualifyingMove Move(RecordContext context, Stay stay, Stay? previous)
    {
        var random = context.Random;
        var child = context.Child;
        var qad = stay.Start.AddDays(-random.Next(15));
        if (qad < child.BirthDate)
        {
            qad = child.BirthDate;
        }
        var expiration = qad.AddMonths(36);
        var turns22 = child.BirthDate.AddYears(22).AddDays(-1);
        var fromAbroad = previous is null && child.BirthCountry != "US";
        return new QualifyingMove
        {
            SubmittedAt = context.Timestamp(stay.Start.AddDays(random.Between(5, 25))),
            QualifyingArrivalDate = qad,
            FromCity = fromAbroad ? child.BirthCity : previous?.Town.Name ?? context.HomeTown.Name,
            FromState = fromAbroad ? null : previous?.State ?? context.HomeTown.State,
            FromCountry = fromAbroad ? child.BirthCountry : null,
            ToCity = stay.Town.Name,
            ToState = stay.State,
            EligibilityExpirationDate = expiration < turns22 ? expiration : turns22,
        };
    }

    private static int IndexOf(IReadOnlyList<Stay> stays, Stay stay)
    {
        for (var i = 0; i < stays.Count; i++)
        {
            if (ReferenceEquals(stays[i], stay))
            {
                return i;
            }
        }
        return -1;
    }
}
