using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Apply;

/// <summary>The application form: what was typed, the choices, and the Rules of Behavior to accept.</summary>
public sealed record ApplyViewModel(
    ApplyInputModel Input,
    IReadOnlyList<StateChoice> States,
    IReadOnlyList<string> Roles,
    RulesOfBehaviorVersion Rules);

public sealed record StateChoice(string Code, string Name);
