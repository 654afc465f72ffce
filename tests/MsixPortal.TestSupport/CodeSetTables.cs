namespace MsixPortal.TestSupport;

/// <summary>Tables whose rows come from migrations; resetting data between tests keeps them.</summary>
internal static class CodeSetTables
{
    public static readonly string[] Names =
        ["code_sets", "code_set_values", "data_protection_keys", "rules_of_behavior_versions", "roles", "name_nicknames"];
}
