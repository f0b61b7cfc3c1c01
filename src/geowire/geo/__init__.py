"""Geography: the offline GeoNames gazetteer and the resolver that gives events their places."""
