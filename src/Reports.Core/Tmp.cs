namespace Reports.Core; public static class Placeholder {}
