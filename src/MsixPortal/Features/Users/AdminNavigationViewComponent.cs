using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Users;

/// <summary>The administration links of the layout's navigation, each shown only to those its policy lets in.</summary>
public sealed class AdminNavigationViewComponent(IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = new List<AdminLink>();
        foreach (var (policy, href, text) in Links)
        {
            if ((await authorization.AuthorizeAsync(UserClaimsPrincipal, policy)).Succeeded)
            {
                links.Add(new AdminLink(href, text));
            }
        }
        return links.Count == 0 ? Content("") : View(links);
    }

    private static readonly (string Policy, string Href, string Text)[] Links =
    [
        (Policies.ApproveApplications, "/admin/applications", "Account applications"),
        (Policies.ManageUsers, "/admin/users", "User accounts"),
        (Policies.ManageUsers, "/admin/notice-recipients", "Notice recipients"),
        (Policies.ViewAuditLog, "/admin/audit", "Audit trail"),
        (Policies.SubmitStateData, "/submissions/upload", "Upload State data"),
        (Policies.SubmitStateData, "/submissions", "Submission history"),
        (Policies.ManageApiClients, "/admin/api-clients", "API clients"),
        (Policies.ManageRulesOfBehavior, "/admin/rules-of-behavior", "Rules of Behavior"),
        (Policies.ViewStateReports, "/reports", "Reports"),
    ];
}

public sealed record AdminLink(string Href, string Text);
