/** Devices in English: the source every other language follows. */
export const devicesEn = {
  device: {
    serial: 'Serial number',
    imei: 'IMEI',
    purchaseDate: 'Purchase date',
    seller: 'Seller',
    purchaseDocument: 'Purchase document',
    brandModel: 'Brand and model',
    warrantyMonths: 'Warranty, months',
    extendedUntil: 'Extended warranty until',
    accessoriesList: 'Accessories (comma-separated)',
  },
};
