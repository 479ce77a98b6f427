namespace Reports.Samples;

/// <summary>
/// The people of one sample file: each post has one holder, each holder one name, so the Bí thư who chairs
/// the meeting is the Bí thư who signs, and no two people share a name. Names are drawn the first time a post
/// is asked for, from the file's own random sequence.
/// </summary>
internal sealed class Cast(SampleContext c)
{
    private readonly Dictionary<Post, string> _holders = [];
    private readonly Dictionary<string, string> _others = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    // "Hoàng Hồng Yến" and "Huỳnh Hồng Yến" in one article read as a typo: the middle and given names differ too.
    private readonly HashSet<string> _callNames = new(StringComparer.Ordinal);

    /// <summary>A State sample may be signed by an acting chairman; then he is "Quyền Chủ tịch" everywhere in the file.</summary>
    public bool ActingChairman { get; } = !c.U.Party && c.R.Chance(0.1);

    /// <summary>The name of the post's holder at this unit (posts a small commune lacks fall to the one who does the job).</summary>
    public string Name(Post post)
    {
        var holder = Offices.Holder(c.U, post);
        if (!_holders.TryGetValue(holder, out var name)) _holders[holder] = name = NewName();
        return name;
    }

    public string Title(Post post) => Offices.Title(c.U, post, ActingChairman);

    /// <summary>The holder of a post named only by its title (a guest from the level above, the head of a hamlet).</summary>
    public string NameFor(string title)
    {
        if (!_others.TryGetValue(title, out var name)) _others[title] = name = NewName();
        return name;
    }

    /// <summary>A full name not yet used in this file.</summary>
    public string NewName()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Words.Person(c.R);
            var callName = name[(name.IndexOf(' ') + 1)..];
            if ((!_names.Contains(name) && !_callNames.Contains(callName)) || attempt > 50)
            {
                _names.Add(name);
                _callNames.Add(callName);
                return name;
            }
        }
    }
}
