namespace MsixPortal.Features.Submissions.Linking;

/// <summary>Whether two normalised given names are the same name in formal and nickname form.</summary>
internal static class Nicknames
{
    public static bool AreEquivalent(string a, string b) => false;
}
