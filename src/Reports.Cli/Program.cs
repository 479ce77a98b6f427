using System.Text;
using Reports.Cli;

// Vietnamese must reach terminals intact, whatever the system's default code page.
Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.Out, Console.Error, ReproducibleClock.FromEnvironment());
