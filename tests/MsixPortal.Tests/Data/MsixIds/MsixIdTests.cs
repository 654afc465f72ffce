using MsixPortal.Data.MsixIds;

namespace MsixPortal.Tests.Data.MsixIds;

public class MsixIdTests
{
    [Fact]
    public void CheckDigit_DammReferenceExample_IsFour()
    {
        var digit = MsixId.CheckDigit("572");

        Assert.Equal('4', digit);
    }

    [Theory]
    [InlineData(MsixId.FirstSequenceNumber, "100000000001")]
    [InlineData(12345678901, "123456789018")]
    public void FromSequenceNumber_Number_ElevenDigitsAndCheckDigit(long number, string expected)
    {
        var id = MsixId.FromSequenceNumber(number);

        Assert.Equal(expected, id);
        Assert.True(MsixId.IsValid(id));
    }

    [Theory]
    [InlineData(MsixId.FirstSequenceNumber - 1)]
    [InlineData(MsixId.LastSequenceNumber + 1)]
    public void FromSequenceNumber_OutOfRange_Throws(long number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MsixId.FromSequenceNumber(number));
    }

    [Fact]
    public void IsValid_EverySingleDigitTypo_Rejected()
    {
        var id = MsixId.FromSequenceNumber(31415926535);

        var typos = Enumerable.Range(0, MsixId.Length)
            .SelectMany(position => "0123456789".Where(d => d != id[position])
                .Select(d => string.Concat(id.AsSpan(0, position), d.ToString(), id.AsSpan(position + 1))));

        Assert.All(typos, typo => Assert.False(MsixId.IsValid(typo), typo));
    }

    [Fact]
    public void IsValid_EveryAdjacentSwap_Rejected()
    {
        var id = MsixId.FromSequenceNumber(27182818284);

        var swaps = Enumerable.Range(0, MsixId.Length - 1)
            .Where(i => id[i] != id[i + 1])
            .Select(i => string.Concat(id.AsSpan(0, i), id[i + 1].ToString(), id[i].ToString(), id.AsSpan(i + 2)));

        Assert.All(swaps, swap => Assert.False(MsixId.IsValid(swap), swap));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901A")]
    [InlineData("000000000000")]
    public void IsValid_Malformed_False(string? value)
    {
        var valid = MsixId.IsValid(value);

        Assert.False(valid);
    }
}
