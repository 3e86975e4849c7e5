"""Importing the facility list and the staff roster from CSV and XLSX files."""
