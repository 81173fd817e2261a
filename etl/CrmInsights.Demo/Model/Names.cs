namespace CrmInsights.Demo.Model;

/// <summary>Name parts for synthetic people and products (no real person is described).</summary>
internal static class Names
{
    public static readonly string[] FemaleFirst =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
        "Florence", "Willow", "Evie", "Poppy", "Ella", "Emily", "Charlotte", "Sienna", "Aisha", "Zara", "Maya", "Niamh",
        "Chloé", "Zoë",
    ];

    public static readonly string[] MaleFirst =
    [
        "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
        "Freddie", "Jack", "Charlie", "Theo", "Thomas", "Finley", "Alfie", "Jacob", "Isaac", "Rohan", "Kwame", "Seán", "Mateusz",
    ];

    public static readonly string[] Last =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood",
        "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Khan", "Ali", "Nowak", "O'Brien",
        "MacDonald", "Singh", "Okafor", "Chen", "Murphy", "Kowalski",
    ];

    public static readonly string[] EmailDomains = ["example.com", "example.org", "example.net", "mail.example.co.uk"];

    public static readonly (string Category, string[] Subcategories, double MedianPrice)[] Categories =
    [
        ("Clothing", ["Tops", "Knitwear", "Trousers", "Outerwear", "Nightwear"], 28),
        ("Home", ["Kitchen", "Bedding", "Decor", "Bath"], 22),
        ("Beauty", ["Skincare", "Fragrance", "Haircare", "Make-up"], 16),
        ("Electronics", ["Audio", "Accessories", "Smart home"], 45),
        ("Food & Drink", ["Chocolate", "Tea & Coffee", "Hampers"], 8),
        ("Toys & Gifts", ["Games", "Books", "Gift cards"], 14),
    ];

    public static readonly string[] ProductAdjectives =
    [
        "Classic", "Essential", "Organic", "Luxe", "Everyday", "Heritage", "Cosy", "Studio", "Coastal", "Urban", "Highland", "Signature",
    ];

    public static readonly string[] Brands = ["Thistle & Co", "Northbank", "Albion", "Greywell", "Marlow", "Kestrel", "Own label"];

    public static readonly string[] Comments =
    [
        "Great service, thank you", "Staff were very helpful", "Delivery was late", "Item arrived damaged",
        "Couldn't find my size", "Checkout was quick and easy", "Love the new range!", "Queue was too long",
        "Refund took ages", "Website kept logging me out", "Lovely shop, will be back", "Product not as described",
        "Parking was a nightmare, but the staff were \"brilliant\"", "Good value, decent quality",
        "Asked for a receipt by email, never got it.\nPlease fix.", "Price matched, thanks; very happy",
    ];
}
