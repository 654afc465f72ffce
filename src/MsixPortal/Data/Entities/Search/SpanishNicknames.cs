namespace MsixPortal.Data.Entities.Search;

/// <summary>
/// The nicknames seeded into name_nicknames by migration (normalised: lower case, no accents).
/// Correcting the list = edit this class and add a migration; the search keys are rebuilt by it.
/// </summary>
public static class SpanishNicknames
{
    public static IReadOnlyList<NameNickname> All { get; } = Parse("""
        chuy jesus; chucho jesus; lupe guadalupe; lupita guadalupe; pancho francisco; paco francisco;
        kiko francisco; memo guillermo; pepe jose; chepe jose; pepito jose; nacho ignacio; lalo eduardo;
        beto alberto; beto roberto; beto humberto; chela graciela; chelo consuelo; concha concepcion;
        conchita concepcion; tono antonio; toni antonio; nando fernando; fer fernando; quique enrique;
        kike enrique; rafa rafael; goyo gregorio; licha alicia; lencha lorenza; tere teresa;
        pati patricia; paty patricia; vero veronica; lety leticia; leti leticia; mari maria;
        moni monica; gaby gabriela; gabi gabriela; chava salvador; chavo salvador; alex alejandro;
        ale alejandra; santi santiago; rosy rosa; chayo rosario; charo rosario; meche mercedes;
        nati natalia; juancho juan; juanito juan; manolo manuel; manny manuel; lola dolores;
        lolita dolores; pili pilar; paquita francisca; panchita francisca; cuca refugio; cuco refugio;
        chabela isabel; isa isabel; chalo gonzalo; chente vicente; tencha hortensia; neto ernesto;
        tavo gustavo; polo leopoldo; poncho alfonso; pepa josefa; fina josefina; javi javier;
        dani daniel; dany daniel; mundo edmundo; mundo raymundo; lalo gerardo;
        tacho anastasio; chema josemaria; cata catalina; chuyita jesusa; yoli yolanda;
        nico nicolas; fede federico; rodri rodrigo; cristi cristina; chabelo isabel; andy andres
        """);

    private static NameNickname[] Parse(string pairs) =>
        pairs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => new NameNickname { Nickname = words[0], FormalName = words[1] })
            .ToArray();
}
