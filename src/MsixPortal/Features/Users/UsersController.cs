using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Users;

/// <summary>The accounts of the administrator's State: list, search, one account with its actions.</summary>
[Route("admin/users")]
[Authorize(Policy = Policies.ManageUsers)]
public sealed class UsersController(UserDirectoryService directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserListFilterInputModel filter, CancellationToken cancellationToken)
    {
        var page = ModelState.IsValid ? filter.Page : 1;
        return View(await directory.ListAsync(User, filter.Status, null, page, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Search(UserSearchInputModel input, CancellationToken cancellationToken) =>
        View(nameof(Index), await directory.ListAsync(User, input.Status, ModelState.IsValid ? input.Search : null, 1,
            cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var (details, forbidden) = await directory.DetailsAsync(User, id, cancellationToken);
        return details is not null ? View(details) : forbidden ? Forbid() : NotFound();
    }
}
