public class T1 { [Xunit.Fact] public void A() {} }
