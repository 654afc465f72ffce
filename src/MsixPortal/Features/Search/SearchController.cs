using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Search;

/// <summary>
/// Student search. Criteria are POSTed and kept server-side; result pages are addressed by an
/// opaque ID, so no name or birth date ever appears in a URL (security.md 26).
/// </summary>
[Route("search")]
[Authorize(Policy = Policies.SearchStudents)]
public class SearchController(StudentSearchService search) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? from, CancellationToken cancellationToken)
    {
        var input = await search.InputForAsync(from, UserId, cancellationToken);
        return View(await search.FormAsync(input, cancellationToken));
    }

    [HttpPost("")]
    [EnableRateLimiting(SearchRateLimitPolicy.Name)]
    public async Task<IActionResult> Index([Bind(Prefix = nameof(SearchFormViewModel.Input))] SearchInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(await search.FormAsync(input, cancellationToken));
        }
        var searchId = await search.SaveAsync(input, UserId, cancellationToken);
        return RedirectToAction(nameof(Results), new { id = searchId });
    }

    [HttpGet("results/{id:guid}")]
    [EnableRateLimiting(SearchRateLimitPolicy.Name)]
    public async Task<IActionResult> Results(Guid id, int page = 1, CancellationToken cancellationToken = default)
    {
        var results = await search.ResultsAsync(id, UserId, page, cancellationToken);
        if (results is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Expired");
        }
        return View(results);
    }

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
