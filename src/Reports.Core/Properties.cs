using System.Resources;

// Messages.resx holds Vietnamese, the tool's own language; English comes from the "en" satellite.
[assembly: NeutralResourcesLanguage("vi")]
