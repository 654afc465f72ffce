using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data.Entities.Search;
using MsixPortal.Features.Matching;
using MsixPortal.Features.Submissions.Linking;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Nicknames in linking come from name_nicknames, the list search uses, read once.</summary>
public class NicknamesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly Nicknames Seeded = new(SpanishNicknames.All.Select(n => (n.Nickname, n.FormalName)));

    private static string N(string name) => NameNormalizer.Joined(name);

    [Theory]
    [InlineData("Chuy", "Jesús")]
    [InlineData("Jesus", "Chucho")]
    [InlineData("Lupe", "Guadalupe")]
    [InlineData("Pancho", "Francisco")]
    [InlineData("Memo", "Guillermo")]
    [InlineData("Lupe", "Lupita")]
    [InlineData("Beto", "Roberto")]
    public void AreEquivalent_NicknameAndFormalName_True(string a, string b)
    {
        var equivalent = Seeded.AreEquivalent(N(a), N(b));

        Assert.True(equivalent);
    }

    [Theory]
    [InlineData("Alberto", "Roberto")]
    [InlineData("Chuy", "Francisco")]
    [InlineData("Jesus", "Jesus")]
    [InlineData("Maria", "")]
    public void AreEquivalent_DifferentNamesOrNotANickname_False(string a, string b)
    {
        var equivalent = Seeded.AreEquivalent(N(a), N(b));

        Assert.False(equivalent);
    }

    [Fact]
    public async Task GetAsync_FromDatabase_KnowsTheSeededNicknamesAndIsReadOnce()
    {
        var cache = factory.Services.GetRequiredService<NicknameCache>();

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();

        var first = await cache.GetAsync(connection, CancellationToken.None);
        var second = await cache.GetAsync(connection, CancellationToken.None);

        Assert.True(first.AreEquivalent("CHUY", "JESUS"));
        Assert.Same(first, second);
    }

    [Fact]
    public void Compare_NicknameOfTheSameChild_ScoresFirstNameAsNickname()
    {
        var formal = new MatchProfile { FirstWord = "FRANCISCO", FirstJoined = "FRANCISCO", BirthDate = new DateOnly(2014, 3, 7) };
        var nickname = new MatchProfile { FirstWord = "PANCHO", FirstJoined = "PANCHO", BirthDate = new DateOnly(2014, 3, 7) };

        var score = RecordComparer.Compare(nickname, formal, Seeded);

        Assert.Equal(3, score.Parts.Single(p => p.Factor == "First name").Points);
    }
}
