using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// The qualifying moves (MDEs 20–26) a State records: one per arrival of the family in the State, the QAD a
/// few days before the child enrolled, eligibility ending 36 months after the QAD (or the day before the
/// child turns 22).
/// </summary>
internal static class QualifyingMoveFactory
{
    public static List<QualifyingMove> Create(RecordContext context)
    {
        var familyStays = context.Family.Plan.Stays;
        var arrivals = new List<int>();
        foreach (var childStay in context.Stays)
        {
            // The move that brought the family to the town: back through any stays in that same town.
            var index = IndexOf(familyStays, childStay.Stay);
            while (index > 0 && familyStays[index - 1].Town == childStay.Stay.Town)
            {
                index--;
            }
            if (!arrivals.Contains(index))
            {
                arrivals.Add(index);
            }
        }
        var moves = arrivals
            .Select(i => Move(context, familyStays[i], i > 0 ? familyStays[i - 1] : null))
            .ToList();
        for (var i = 0; i < moves.Count; i++)
        {
            moves[i].Sequence = i + 1;
        }
        return moves;
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
