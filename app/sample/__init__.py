"""The sample unit (“đơn vị mẫu”): its registers as data in resources/sample/ and their loader."""
