namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// How one State's record of a child differs from the child's true identity. The ground truth lists the
/// kinds applied to each record, so that search and linking quality can be measured per kind.
/// </summary>
public enum VariationKind
{
    /// <summary>Every accent dropped by an ASCII-only State system (José → Jose, Muñoz → Munoz).</summary>
    AccentsLost,

    /// <summary>Names sent in capitals (JOSE MUNOZ).</summary>
    UpperCase,

    FirstNameTypo,
    LastNameTypo,

    /// <summary>A sound-alike respelling of the first name (Lissete → Lizete, Yesenia → Llesenia).</summary>
    FirstNameSpelling,

    /// <summary>A sound-alike respelling of a surname (Jiménez → Giménez, Vázquez → Basquez).</summary>
    LastNameSpelling,

    /// <summary>A common nickname as the first name (Jesús → Chuy).</summary>
    Nickname,

    MiddleNameDropped,

    /// <summary>First and middle names together in the first name (José Luis).</summary>
    MiddleNameInFirstName,

    /// <summary>Only the paternal surname (Last Name 2 empty).</summary>
    SecondSurnameDropped,

    /// <summary>Only the maternal surname, in Last Name 1.</summary>
    FirstSurnameDropped,

    /// <summary>Last Name 1 and Last Name 2 in the other order.</summary>
    SurnamesSwapped,

    /// <summary>Both surnames hyphenated in Last Name 1 (García-López).</summary>
    SurnamesHyphenated,

    /// <summary>Both surnames run together in Last Name 1 (GarcíaLópez).</summary>
    SurnamesJoined,

    /// <summary>Both surnames in Last Name 1 separated by a space (García López).</summary>
    SurnamesInLastName1,

    /// <summary>A compound surname written differently (de la Cruz → Delacruz, De La Cruz).</summary>
    CompoundSurnameRespaced,

    /// <summary>Day and month exchanged in the birth date (2014-03-07 → 2014-07-03).</summary>
    BirthDateDayMonthSwapped,

    /// <summary>One digit of the birth date off (a slip when typing it).</summary>
    BirthDateDigitOff,

    /// <summary>A parent's name spelled differently (accents, typo, nickname, both surnames).</summary>
    ParentNameVariant,

    /// <summary>One parent not given.</summary>
    ParentMissing,
}
