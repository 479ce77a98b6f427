using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]
