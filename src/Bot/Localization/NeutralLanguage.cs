using System.Resources;

// Strings.resx holds the en-US texts; pt-BR comes from the satellite assembly.
[assembly: NeutralResourcesLanguage("en-US")]
