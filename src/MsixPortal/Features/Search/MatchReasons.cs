namespace MsixPortal.Features.Search;

/// <summary>The short "why it matched" text shown with each result (no values, only how).</summary>
public static class MatchReasons
{
    public static IReadOnlyList<string> Describe(MatchLevels levels)
    {
        var reasons = new List<string>();
        void Add(bool condition, string reason)
        {
            if (condition)
            {
                reasons.Add(reason);
            }
        }
        Add(levels.Id > 0, "ID exact");
        Add(levels.LastName == 3, "last name exact");
        Add(levels.LastName == 2, "last name sounds alike");
        Add(levels.LastName == 1, "last name spelled similarly");
        Add(levels.FirstName == 4, "first name exact");
        Add(levels.FirstName == 3, "first name is a nickname");
        Add(levels.FirstName == 2, "first name sounds alike");
        Add(levels.FirstName == 1, "first name spelled similarly");
        Add(levels.MiddleName > 0, "middle name");
        Add(levels.BirthDate == 3, "birth date exact");
        Add(levels.BirthDate == 2, "birth date with day and month swapped");
        Add(levels.BirthDate == 1, "birth date one digit off");
        Add(levels.Parent == 2, "parent's name exact");
        Add(levels.Parent == 1, "parent's name sounds alike");
        Add(levels.Sex > 0, "sex");
        Add(levels.State > 0, "State");
        Add(levels.Extra > 0, "birth place or school");
        return reasons;
    }
}
