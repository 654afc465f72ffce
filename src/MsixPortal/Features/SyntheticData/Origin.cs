namespace MsixPortal.Features.SyntheticData;

/// <summary>The naming tradition of a family, which decides its names, birth places and migrant stream.</summary>
public enum Origin
{
    Hispanic,
    Anglo,
    Haitian,

    /// <summary>Mixtec, Triqui (Oaxaca, Guerrero) and Guatemalan Maya families.</summary>
    Indigenous,

    /// <summary>Vietnamese, Hmong, Chinese, Filipino and Karen families.</summary>
    Asian,
}
