using MsixPortal.Authorization;

namespace MsixPortal.Tests.Authorization;

public class RoleRankingTests
{
    [Fact]
    public void Of_Roles_RankFromRecruiterToNationalAdministrator()
    {
        var ranks = new[]
        {
            PortalRoles.Recruiter, PortalRoles.MepStaff, PortalRoles.DataAdministrator,
            PortalRoles.UserAdministrator, PortalRoles.NationalAdministrator,
        }.Select(RoleRanking.Of);

        Assert.Equal([1, 2, 3, 4, 5], ranks);
    }

    [Fact]
    public void Of_UnknownRole_IsZero()
    {
        var rank = RoleRanking.Of("Superuser");

        Assert.Equal(0, rank);
    }

    [Fact]
    public void Highest_SeveralRoles_IsTheHighest()
    {
        var rank = RoleRanking.Highest([PortalRoles.DataAdministrator, PortalRoles.Recruiter]);

        Assert.Equal(RoleRanking.Of(PortalRoles.DataAdministrator), rank);
    }

    [Fact]
    public void Highest_NoRoles_IsZero()
    {
        var rank = RoleRanking.Highest([]);

        Assert.Equal(0, rank);
    }
}
