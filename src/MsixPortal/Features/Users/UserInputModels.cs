using System.ComponentModel.DataAnnotations;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Users;

/// <summary>The user list's GET filters: status and page only (search terms go by POST, never in the URL).</summary>
public sealed class UserListFilterInputModel
{
    public AccountStatus? Status { get; set; }

    [Range(1, 100_000)]
    public int Page { get; set; } = 1;
}

/// <summary>Search by name or email, posted so that neither ends up in a URL or a request log.</summary>
public sealed class UserSearchInputModel
{
    [Display(Name = "Name or email")]
    [StringLength(100)]
    public string? Search { get; set; }

    public AccountStatus? Status { get; set; }
}

/// <summary>The roles the account should hold from now on; nothing else is bound (mass assignment).</summary>
public sealed class UserRolesInputModel
{
    public List<string> Roles { get; set; } = [];
}

/// <summary>Deactivation is permanent: the administrator confirms it.</summary>
public sealed class UserDeactivateInputModel
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that the account is to be closed permanently.")]
    public bool Confirm { get; set; }
}

/// <summary>The administrator's own password and authenticator code, asked again before an authenticator reset.</summary>
public sealed class UserReauthenticationInputModel
{
    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    [Required]
    [Display(Name = "Your authenticator code")]
    public string Code { get; set; } = "";
}
