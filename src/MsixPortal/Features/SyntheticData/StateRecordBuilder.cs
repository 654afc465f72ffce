using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Builds one State's record of a child from its own random stream (seed, child number, slot): the
/// identity as that State has it, and the child rows of the stays the child made in that State.
/// </summary>
internal static class StateRecordBuilder
{
    private static readonly WeightedList<string?> Verifications = new(
    [
        ("1004", 0.55), ("1010", 0.15), ("1007", 0.08), ("1003", 0.05), ("1008", 0.04), ("1006", 0.04),
        ("1013", 0.03), ("3423", 0.02), ("9999", 0.01), (null, 0.03),
    ]);

    public static GeneratedStateRecord? Build(GeneratorSettings settings, TrueFamily family, TrueChild child, ChildTraits traits, string state, int slot)
    {
        var random = RandomExtensions.ForStream(settings.Seed, RandomStreams.StateRecord, child.ChildNumber * 8 + slot);
        var stays = family.Plan.Stays
            .Where(s => s.State == state && child.BirthDate.AddYears(3) <= s.Start && child.BirthDate.AddYears(22) > s.Start)
            .Where(s => s.Kind != StayKind.Summer || random.Chance(0.85))
            .Select(s => new ChildStay(s, traits.GradeFor(child.BirthDate, s.SchoolYear)))
            .ToList();
        if (stays.Count == 0)
        {
            return null;
        }
        var context = new RecordContext(child, traits, family, state, stays, random, settings.AsOf);
        var (identity, variations) = IdentityVariator.Vary(child, random);
        var record = Header(settings, context, identity, variations);
        record.Enrollments = [.. stays.Select((s, i) => EnrollmentFactory.Create(context, s, i + 1))];
        record.QualifyingMoves = QualifyingMoveFactory.Create(context);
        record.Courses = CourseHistoryFactory.Create(context);
        record.Assessments = AssessmentFactory.Create(context);
        if (random.Chance(0.12))
        {
            record.AlternateIds.Add(new AlternateStateId
            {
                Sequence = 1, SubmittedAt = record.CreatedAt,
                Identifier = StateStudentIds.Local(settings.Seed, state, child.ChildNumber), IdentifierType = "03",
            });
        }
        record.LastSubmittedAt = new[] { record.CreatedAt }
            .Concat(record.Enrollments.Select(e => e.SubmittedAt))
            .Concat(record.Courses.Select(c => c.SubmittedAt))
            .Concat(record.Assessments.Select(a => a.SubmittedAt))
            .Max();
        return new GeneratedStateRecord(record, variations);
    }

    private static StateStudentRecord Header(GeneratorSettings settings, RecordContext context, RecordIdentity identity, List<VariationKind> variations)
    {
        var (child, family, random) = (context.Child, context.Family, context.Random);
        var idType = random.Chance(0.7) ? "01" : "02";
        var city = variations.Contains(VariationKind.AccentsLost) ? Accents.Strip(child.BirthCity) : child.BirthCity;
        return new StateStudentRecord
        {
            StateCode = context.State,
            StateStudentId = StateStudentIds.For(settings.Seed, context.State, child.ChildNumber, idType),
            StateStudentIdType = idType,
            FirstName = identity.FirstName,
            MiddleName = identity.MiddleName,
            LastName1 = identity.LastName1,
            LastName2 = identity.LastName2,
            Suffix = random.Chance(0.7) ? child.Suffix : null,
            Sex = child.Sex,
            BirthDate = identity.BirthDate,
            MultipleBirth = child.IsTwin ? (random.Chance(0.95) ? true : null) : (random.Chance(0.8) ? false : null),
            BirthCity = variations.Contains(VariationKind.UpperCase) ? city.ToUpperInvariant() : city,
            BirthState = child.BirthState,
            BirthCountry = child.BirthCountry,
            BirthDateVerification = Verifications.Pick(random),
            Parent1FirstName = identity.Parent1FirstName,
            Parent1LastName = identity.Parent1LastName,
            Parent2FirstName = identity.Parent2FirstName,
            Parent2LastName = identity.Parent2LastName,
            Parent1Phone = identity.Parent1FirstName is not null && random.Chance(0.8) ? family.FatherPhone : null,
            Parent1Email = identity.Parent1FirstName is not null ? family.FatherEmail : null,
            Parent2Phone = identity.Parent2FirstName is not null && random.Chance(0.8) ? family.MotherPhone : null,
            Parent2Email = identity.Parent2FirstName is not null ? family.MotherEmail : null,
            CreatedAt = context.Timestamp(context.Stays[0].Start.AddDays(random.Between(3, 15))),
        };
    }
}
