"""A synthetic country at national scale, for load tests and the ministry dashboard benchmark (`generate_national_data`)."""
