using MsixPortal.Authorization;

namespace MsixPortal.Tests.Authorization;

public class RolePermissionsTests
{
    [Fact]
    public void ByRole_EveryPortalRole_HasAnEntry()
    {
        var mapped = RolePermissions.ByRole.Keys;

        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Policies_EveryPermission_HasAPolicyConstantOfTheSameName()
    {
        var constants = typeof(Policies).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        var missing = Enum.GetNames<Permission>().Except(constants);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(PortalRoles.Recruiter)]
    [InlineData(PortalRoles.MepStaff)]
    [InlineData(PortalRoles.DataAdministrator)]
    [InlineData(PortalRoles.UserAdministrator)]
    [InlineData(PortalRoles.NationalAdministrator)]
    public void ByRole_AnyRole_MaySearchAndViewNationally(string role)
    {
        var permissions = RolePermissions.ByRole[role];

        Assert.Contains(Permission.SearchStudents, permissions);
        Assert.Contains(Permission.ViewRecords, permissions);
    }

    [Fact]
    public void RolesWith_FlagMergeSplit_IsMepStaffAndAdministratorsNotRecruiter()
    {
        var roles = RolePermissions.RolesWith(Permission.FlagMergeSplit);

        Assert.DoesNotContain(PortalRoles.Recruiter, roles);
        Assert.Contains(PortalRoles.MepStaff, roles);
        Assert.Contains(PortalRoles.DataAdministrator, roles);
    }

    [Fact]
    public void RolesWith_ValidateMergeSplit_IsOnlyDataAndNationalAdministrators()
    {
        var roles = RolePermissions.RolesWith(Permission.ValidateMergeSplit);

        Assert.Equal(
            new[] { PortalRoles.DataAdministrator, PortalRoles.NationalAdministrator }, roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RolesWith_ManageUsers_IsOnlyUserAndNationalAdministrators()
    {
        var roles = RolePermissions.RolesWith(Permission.ManageUsers);

        Assert.Equal(
            new[] { PortalRoles.NationalAdministrator, PortalRoles.UserAdministrator }, roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ByRole_NationalAdministrator_HoldsEveryPermission()
    {
        var permissions = RolePermissions.ByRole[PortalRoles.NationalAdministrator];

        Assert.Equal(Enum.GetValues<Permission>().Length, permissions.Count);
    }
}
