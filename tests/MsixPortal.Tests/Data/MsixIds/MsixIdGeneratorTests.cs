using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data.MsixIds;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Data.MsixIds;

public class MsixIdGeneratorTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task NextAsync_Batch_DistinctValidAscendingIds()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<MsixIdGenerator>();

        var ids = await generator.NextAsync(500);

        Assert.Equal(500, ids.Count);
        Assert.Equal(500, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(MsixId.IsValid(id), id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task NextAsync_CalledAgain_NeverRepeatsAnId()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<MsixIdGenerator>();

        var first = await generator.NextAsync(3);
        var single = await generator.NextAsync();
        var second = await generator.NextAsync(3);

        Assert.Empty(first.Intersect([single, .. second], StringComparer.Ordinal));
        Assert.True(string.CompareOrdinal(single, first[^1]) > 0);
        Assert.True(string.CompareOrdinal(second[0], single) > 0);
    }

    [Fact]
    public async Task NextAsync_ZeroCount_Throws()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<MsixIdGenerator>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => generator.NextAsync(0));
    }
}
